"""A loaded document's derived facts: its word count."""

from __future__ import annotations


def test_word_count_is_kept_and_recounted_when_the_body_changes():
    from dataclasses import replace

    from kzdiff.cache import decode_file, encode_file
    from kzdiff.load import load_bytes

    (doc,) = load_bytes(b"Officials said 12 people died.\n\nRescuers searched all night.", "a.txt")
    assert doc.words == 9
    (back,), _ = decode_file(encode_file((doc,), ()))
    assert back == doc and back.words == 9
    assert replace(doc, body="Two words").words == 2
