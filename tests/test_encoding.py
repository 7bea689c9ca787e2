from __future__ import annotations

import codecs

import pytest

from dyadwatch.errors import InputError
from dyadwatch.sources.encoding import declared_charset, decode

KOREAN = "한일 정상이 도쿄에서 회담을 열고 셔틀외교 복원에 합의했다. 똠방각하 같은 드문 글자도 있다."
JAPANESE = "石破首相は韓国の李在明大統領と首相官邸で会談し、協力の拡大で一致した。"


def _html(text: str, charset: str) -> bytes:
    return f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'.encode(
        {"euc-kr": "cp949", "shift_jis": "cp932"}.get(charset, charset)
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (_html(KOREAN, "euc-kr"), KOREAN),  # 똠 exists only in CP949, which browsers use for "euc-kr"
        (_html(JAPANESE, "shift_jis"), JAPANESE),
        (JAPANESE.encode("iso2022_jp"), JAPANESE),
        (codecs.BOM_UTF16_LE + "Seoul and Tokyo — “agreement”".encode("utf-16-le"), "Seoul and Tokyo — “agreement”"),
        ("naïve résumé — “quoted”".encode("cp1252"), "naïve résumé — “quoted”"),
        (KOREAN.encode("utf-8"), KOREAN),
    ],
)
def test_decodes_without_mojibake(data: bytes, expected: str) -> None:
    text, _encoding = decode(data)
    assert expected in text


def test_http_header_charset_wins_over_guessing() -> None:
    text, encoding = decode(KOREAN.encode("cp949"), header_charset="EUC-KR")
    assert text == KOREAN and encoding == "cp949"


def test_latin1_label_decodes_as_windows_1252() -> None:
    data = b'<meta charset="iso-8859-1"><p>\x93quoted\x94 caf\xe9</p>'
    assert declared_charset(data) == "cp1252"
    assert "“quoted” café" in decode(data)[0]


def test_binary_junk_is_refused_with_a_code() -> None:
    with pytest.raises(InputError) as caught:
        decode(bytes(range(256)) * 16)
    assert caught.value.code == "binary"
