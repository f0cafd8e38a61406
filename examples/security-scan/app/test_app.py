from app import token_hash


def test_token_hash():
    assert len(token_hash("x")) == 40
