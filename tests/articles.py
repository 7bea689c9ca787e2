"""Small articles written for the tests (facts from the reference timeline, our own wording)."""

from __future__ import annotations

SUMMIT_BODY = [
    "TOKYO, Aug. 24 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed "
    "Saturday to deepen cooperation in hydrogen and artificial intelligence, issuing the first joint press "
    "statement between the two countries in 17 years.",
    '"We have confirmed that Korea and Japan are partners who must work together," Lee told reporters after '
    "the talks at the prime minister's office, which lasted more than two hours.",
    "Ishiba said his government upholds the positions of past cabinets on history, including the 1998 joint "
    "declaration issued by Kim Dae-jung and Keizo Obuchi.",
]

REPOST = "\n".join(
    [
        "Japan, South Korea pledge 'future-oriented' ties at Tokyo summit - AloJapan.com",
        "Source: Yonhap News Agency",
        "Aug 24, 2025 08:15 AM",
        "",
        "![Lee and Ishiba](https://cdn.alojapan.com/wp-content/uploads/2025/08/24/lee-ishiba.jpg)",
        "President Lee Jae Myung (right) shakes hands with Prime Minister Shigeru Ishiba in Tokyo. [Yonhap]",
        "",
        "\n\n".join(SUMMIT_BODY),
        "",
        "Share this article",
        "This article was originally written in Korean and translated by a bilingual reporter with the help "
        "of generative AI tools.",
        "",
        "Hashtags",
        "#Korea #Japan #diplomacy",
        "Try Our AI Features",
        "Explore what Daily8 AI can do for you:",
        "Summarize this article",
        "Comments",
        "No comments yet. Be the first to comment!",
        "",
        "Related Articles",
        "Lee heads to Washington for first summit with Trump",
        "The Korea Herald",
        "21 minutes ago",
        "President Lee Jae Myung left Tokyo for Washington on Sunday for his first summit with US President "
        "Donald Trump, where tariffs and the cost of stationing American troops are expected to top the agenda.",
        "Aides said Lee would stress that the improved relationship with Japan strengthens trilateral "
        "cooperation with the United States, and that the two summits were planned as one sequence.",
        "AloJapan.com",
    ]
)

EXPORT_CURBS_BODY = [
    "SEOUL, July 1 (Yonhap) -- Japan said Monday it will tighten restrictions on exports to South Korea of "
    "three materials critical to making semiconductors and displays, in an apparent retaliation for Seoul's "
    "court rulings on wartime forced labor.",
    "From July 4, Japanese companies will need a license for each shipment of fluorinated polyimide, "
    "photoresist and high-purity hydrogen fluoride to South Korea, a process that can take up to 90 days.",
    '"This is a clear violation of the spirit of free trade," an official at Seoul\'s trade ministry said, '
    "adding that the government would consider taking the case to the World Trade Organization.",
]


def html_page(
    title: str, paragraphs: list[str], *, meta_date: str | None = None, url: str | None = None, charset: str = "utf-8"
) -> str:
    """A news page with the furniture real pages have: navigation, ads, captions, comments, footer."""
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | The Korea Herald</title>{meta}{canonical}
<meta property="og:site_name" content="The Korea Herald"></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a></nav></header>
<div class="ad">ADVERTISEMENT</div>
<article>
<h1>{title}</h1>
<div class="byline">By Kim Min-ji</div>
<figure><img src="/img/2019/07/01/photo.jpg"><figcaption>Containers at a port in Busan. [Yonhap]</figcaption></figure>
{body}
</article>
<aside class="related"><h3>Most popular</h3><ul><li><a href="/a">BTS member begins service</a></li>
<li><a href="/b">Won falls to two-year low</a></li></ul></aside>
<div id="comments"><h3>12 Comments</h3><p>Log in to comment</p><div class="comment">Typical Tokyo move.</div></div>
<footer>Copyright Herald Corporation. All rights reserved.</footer>
</body></html>"""
