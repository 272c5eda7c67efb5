import pickle

import pytest

import resumekit
from resumekit.errors import (EncryptedDocumentError, NoTextLayerError, ResourceLimitError, ResumekitError,
                              UnsupportedFormatError)


@pytest.mark.parametrize("err", [
    UnsupportedFormatError("this is a .doc", source="cv.doc", found="doc"),
    ResourceLimitError("too big", source="x.pdf", limit="max_bytes", value=10),
    EncryptedDocumentError("encrypted", source="a.pdf"),
    NoTextLayerError("no text"),
])
def test_errors_pickle_with_their_evidence(err):
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err)
    assert str(back) == str(err)
    assert back.details == err.details
    assert back.code == err.code


def test_message_names_file_and_remedy():
    err = EncryptedDocumentError("the PDF is encrypted", source="cv.pdf")
    assert str(err).startswith("cv.pdf: the PDF is encrypted")
    assert "password" in str(err)


def test_every_public_error_is_a_resumekit_error():
    for name in resumekit.__all__:
        obj = getattr(resumekit, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, ResumekitError), name
            assert obj.code, name


def test_with_source_keeps_first_name():
    err = NoTextLayerError("x", source="a.pdf")
    assert err.with_source("b.pdf").source == "a.pdf"
    assert NoTextLayerError("x").with_source("b.pdf").source == "b.pdf"
