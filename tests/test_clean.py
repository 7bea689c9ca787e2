from __future__ import annotations

from dyadwatch.clean import CleanOptions, clean_document
from dyadwatch.model import Article, Document, Hints, Provenance, Rejection

from articles import EXPORT_CURBS_BODY, REPOST, SUMMIT_BODY, html_page


def _doc(text: str, fmt: str = "text", **hints: object) -> Document:
    return Document(text=text, format=fmt, provenance=Provenance("test", "file", "0"), hints=Hints(**hints))  # type: ignore[arg-type]


def _clean(text: str, fmt: str = "text", **hints: object) -> Article:
    result = clean_document(_doc(text, fmt, **hints), CleanOptions(min_words=20))
    assert isinstance(result, Article), result
    return result


def test_aggregator_repost_keeps_only_the_article() -> None:
    article = _clean(REPOST)
    assert article.text == "\n\n".join(SUMMIT_BODY)
    assert article.title == "Japan, South Korea pledge 'future-oriented' ties at Tokyo summit"
    assert (article.outlet, article.via) == ("Yonhap News Agency", "AloJapan.com")
    assert article.captions == (
        "President Lee Jae Myung (right) shakes hands with Prime Minister Shigeru Ishiba in Tokyo. [Yonhap]",
    )
    kinds = {removal.kind for removal in article.removed}
    assert {"caption", "image", "hashtags", "promo", "comments", "share", "translation_note", "related"} <= kinds
    for leaked in ("#Korea", "Try Our AI", "No comments yet", "originally written in Korean", "Washington"):
        assert leaked not in article.text


def test_related_article_is_split_off_with_its_outlet_and_resolved_time() -> None:
    article = _clean(REPOST, captured_at=None)
    (related,) = article.related
    assert related.title == "Lee heads to Washington for first summit with Trump"
    assert related.outlet == "The Korea Herald"
    assert related.relative_time == "21 minutes ago"
    assert related.published.value == "2025-08-24"  # relative to the page's own date line
    assert "AloJapan.com" not in related.text and related.text.startswith("President Lee Jae Myung left Tokyo")


def test_author_note_becomes_byline_role_and_outlet() -> None:
    text = "\n\n".join(
        [
            "Sixty years on, Seoul and Tokyo still need a manual",
            "By Lee Sang-eon",
            *SUMMIT_BODY[1:],
            "Diplomats on both sides say the hardest work begins when the cameras leave and the officials "
            "have to turn statements into budgets, visas and joint drills that survive the next election.",
            "The author is an editorial writer at the JoongAng Ilbo.",
        ]
    )
    article = _clean(text)
    assert article.byline == "Lee Sang-eon"
    assert article.author_role == "editorial writer at the JoongAng Ilbo"
    assert article.outlet == "Korea JoongAng Daily"
    assert "The author is" not in article.text


def test_html_page_loses_navigation_caption_and_comments() -> None:
    page = html_page("Japan to tighten export curbs", EXPORT_CURBS_BODY, meta_date="2019-07-01T15:02:00+09:00")
    article = _clean(page, "html", url="https://www.koreaherald.com/view.php?ud=20190701000123")
    assert article.text.startswith("SEOUL, July 1 (Yonhap) -- Japan said Monday")
    for leaked in ("ADVERTISEMENT", "Log in to comment", "Typical Tokyo move", "BTS member", "Containers at a port"):
        assert leaked not in article.text
    assert article.title == "Japan to tighten export curbs"
    assert article.published.value == "2019-07-01" and article.published.origin == "meta"
    assert "Containers at a port in Busan. [Yonhap]" in article.captions


def test_navigation_only_page_is_rejected_as_no_text() -> None:
    page = "<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><p>Page not found</p></body></html>"
    result = clean_document(_doc(page, "html"))
    assert isinstance(result, Rejection) and result.code == "no_text"


def test_korean_wire_item_keeps_hangul_and_finds_reporter_and_outlet() -> None:
    text = "\n\n".join(
        [
            "이 대통령·다카이치 총리 첫 정상회담",
            "송고시간 2025-10-30 19:12",
            "(경주=연합뉴스) 권해솔 기자 = 이재명 대통령과 다카이치 사나에 일본 총리는 30일 경북 경주에서 첫 정상회담을"
            " 열고 양국 정상이 오가는 셔틀외교를 계속 이어가기로 했다. 두 정상은 약 40분간 회담하고 미래지향적이고 "
            "안정적인 한일관계를 만들어 가자는 데 뜻을 모았다.",
            "권해솔 기자 haesol@yna.co.kr",
            "ⓒ 연합뉴스 무단전재·재배포 금지",
        ]
    )
    article = _clean(text)
    assert article.lang == "ko"
    assert article.byline == "권해솔" and article.outlet == "Yonhap News Agency"
    assert article.published.value == "2025-10-30"
    assert "무단전재" not in article.text and "haesol@" not in article.text


def test_hard_wrapped_short_lines_are_rejoined_not_dropped() -> None:
    lines = [
        "Foreign Minister Cho Hyun met his Japanese counterpart",
        "Toshimitsu Motegi in Gyeongju on Wednesday, and the two",
        "agreed to keep shuttle diplomacy going after the summit.",
        "Officials said they also discussed North Korea and the",
        "planned visit of Prime Minister Sanae Takaichi to Korea.",
    ] * 3
    page = "<html><body><article><h1>Cho meets Motegi</h1><p>" + "<br>\n".join(lines) + "</p></article></body></html>"
    article = _clean(page, "html")
    assert "Toshimitsu Motegi in Gyeongju" in article.text and article.word_count > 100


def test_japanese_page_keeps_all_paragraphs() -> None:
    paragraphs = [
        f"日本と韓国の首脳は第{i}回の会談で、経済と安全保障の分野で協力を深めることで合意した。" for i in range(6)
    ]
    page = (
        "<html><body><article><h1>日韓首脳会談</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    article = _clean(page, "html")
    assert article.lang == "ja" and all(p in article.text for p in paragraphs)


def test_a_one_word_caption_removes_only_itself() -> None:
    body = " ".join(["This paragraph is long enough to be prose and mentions several gadgets in passing."] * 3)
    page = (
        f"<html><body><article><p>{body}</p><h2>Amazon Echo Buds for $130</h2><p>See it now at Amazon</p>"
        f"<figure><img src=x.jpg><figcaption>Amazon</figcaption></figure><p>{body} Second.</p></article></body></html>"
    )
    article = _clean(page, "html")
    assert "Amazon Echo Buds for $130" in article.text and "See it now at Amazon" in article.text
