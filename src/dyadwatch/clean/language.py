"""Language identification: script shares for Korean and Japanese, py3langid for the rest."""

from __future__ import annotations

import re

import py3langid

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
# Share of letters in a script above which the text is in that language (Korean, Japanese).
_SCRIPT_SHARE = 0.3
_SAMPLE_CHARS = 1500  # enough for a reliable call on news prose; the model's cost grows with length


def identify_language(text: str) -> str:
    """ISO 639-1 code of the text's main language, or 'und' when there is too little text to tell."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return "und"
    if len(_HANGUL.findall(sample)) / letters > _SCRIPT_SHARE:
        return "ko"
    if (len(_KANA.findall(sample)) + len(_HAN.findall(sample))) / letters > _SCRIPT_SHARE:
        return "ja" if _KANA.search(sample) else "zh"
    language, _score = py3langid.classify(sample)
    return str(language)
