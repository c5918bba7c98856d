"""Hidden file properties proving an export: DOCX custom properties, PDF document info keys."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from pathlib import Path

# Nothing is printed on the page (Decree 30 has no field for it); the values are plain ASCII
# (hex digests and ids), so reading them back needs no full PDF parser.
EXPORT_ID = "SecretaryAppExportId"
CONTENT_SHA256 = "SecretaryAppContentSHA256"
STAMP_KEYS = {"export_id": EXPORT_ID, "content_sha256": CONTENT_SHA256}

CUSTOM_PART = "/docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "custom-properties")
_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_SAFE = re.compile(r"^[A-Za-z0-9._:-]*$")
_EOF = re.compile(rb"%%EOF(\r\n|\r|\n)?")
_PDF_KEY = re.compile(rb"/(SecretaryApp[A-Za-z0-9]+)\s*\(([A-Za-z0-9._:-]*)\)")
# The standard id of a custom property set's properties (fmtid), as Word writes it.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def stamp_properties(stamp: dict | None) -> dict[str, str]:
    """The file properties for an export stamp {'export_id', 'content_sha256'}."""
    out = {STAMP_KEYS[k]: str(v) for k, v in (stamp or {}).items() if k in STAMP_KEYS and v}
    if not all(_SAFE.match(v) for v in out.values()):
        raise ValueError("stamp values must be plain ASCII ids")
    return out


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    """docProps/custom.xml holding text properties."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{name}"><vt:lpwstr>{value}</vt:lpwstr>'
        "</property>" for pid, (name, value) in enumerate(sorted(properties.items()), start=2))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
            f'xmlns="{_NS}" xmlns:vt="{_VT}">{items}</Properties>').encode()


def add_docx_properties(docx, properties: dict[str, str]) -> None:
    """Add a custom properties part to a python-docx Document before it is saved."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = docx.part.package
    part = Part(PackURI(CUSTOM_PART), CUSTOM_TYPE, custom_properties_xml(properties), package)
    package.relate_to(part, CUSTOM_REL)


def read_stamp(path: Path | str) -> dict[str, str]:
    """{'export_id', 'content_sha256'} found in a DOCX or PDF file ({} when none)."""
    data = Path(path).read_bytes()
    if data.startswith(b"%PDF"):
        found = {k.decode("ascii"): v.decode("ascii") for k, v in _PDF_KEY.findall(data)}
    elif data.startswith(b"PK"):
        found = _docx_properties(data)
    else:
        found = {}
    return {key: found[name] for key, name in STAMP_KEYS.items() if found.get(name)}


def earlier_revisions(data: bytes) -> dict[str, int]:
    """For a PDF with incremental updates: SHA-256 of each earlier revision (the bytes up to
    and including an %%EOF line) -> the number of updates appended after it."""
    import hashlib

    ends = [m.end() for m in _EOF.finditer(data)]
    ends = [e for e in ends if e < len(data.rstrip())]
    return {hashlib.sha256(data[:end]).hexdigest(): len(ends) - i for i, end in enumerate(ends)}


def _docx_properties(data: bytes) -> dict[str, str]:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            root = ET.fromstring(archive.read(CUSTOM_PART.lstrip("/")))
    except (KeyError, zipfile.BadZipFile, ET.ParseError, OSError):
        return {}
    return {p.get("name", ""): "".join(p.itertext()).strip()
            for p in root.iter(f"{{{_NS}}}property")}


def add_pdf_properties(canvas, properties: dict[str, str]) -> None:
    """Give a reportlab canvas a document info dictionary with extra keys (before it saves)."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString

    class StampedInfo(PDFInfo):
        def format(self, document):
            text = PDFInfo.format(self, document)
            extra = PDFDictionary({k: PDFString(v) for k, v in sorted(properties.items())})
            # both are "<< ... >>": splice the extra keys into the standard dictionary
            return text.rstrip()[:-2] + extra.format(document).strip()[2:]

    # the same object changes class: platypus puts back the info object it saw at the start
    canvas._doc.info.__class__ = StampedInfo
