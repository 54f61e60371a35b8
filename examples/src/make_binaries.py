#!/usr/bin/env python3
"""Regenerates the derived example files from the hand-written sources in examples/src/.

Uses only the Python standard library and writes byte-identical output on every run (fixed
timestamps, fixed record ids, no random numbers), so the generated files can be committed and
checked: run it and `git status` should show nothing changed.

Derived files, in examples/story/ unless noted:
  grenland-courier-wire.html         the wire page re-encoded as Windows-1252 (it declares that charset)
  skagerrak-review-wire.pdf          a two-page PDF export of the wire story: hard-wrapped lines with
                                     end-of-line hyphenation, a running page header and footer
  nordic-ledger-scrape.jsonl         a news-please record of the Ledger story whose text was decoded as
                                     Windows-1252 although it was UTF-8 (mojibake, with U+FFFD losses)
  telemark-radio-update.txt          the radio story after a bad find-and-replace ("ion" became "ium")
  porsgrunn-weekly-safety.odt        an OpenDocument text built from a plain-text source
  chemwatch-closure.docx             an Office Open XML document built from a plain-text source
  telemark-observer-closure.warc.gz  WARC/1.1 warcinfo, request and response records, gzipped per record
  ../bad/junk.html, ../bad/empty.txt, ../bad/broken.pdf   inputs that must be rejected cleanly
"""
import base64
import gzip
import hashlib
import json
import sys
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
STORY = HERE.parent / "story"
BAD = HERE.parent / "bad"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def read(name):
    return (HERE / name).read_text(encoding="utf-8")


def title_byline_paragraphs(name):
    """Plain-text source layout: line 1 title, line 2 byline, then blank-line separated paragraphs."""
    lines = read(name).split("\n")
    paragraphs = [p.replace("\n", " ").strip() for p in "\n".join(lines[2:]).split("\n\n")]
    return lines[0].strip(), lines[1].strip(), [p for p in paragraphs if p]


# ---------------------------------------------------------------- Windows-1252 HTML
def windows_1252_page():
    (STORY / "grenland-courier-wire.html").write_bytes(read("grenland-courier-wire.html").encode("cp1252"))


# ---------------------------------------------------------------- mojibake JSON Lines
def mojibake(text):
    """UTF-8 bytes wrongly decoded as Windows-1252; bytes it leaves undefined become U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def news_please_scrape():
    record = json.loads(read("nordic-ledger-scrape.json"))
    for field in ("title", "title_page", "description", "maintext"):
        if record.get(field):
            record[field] = mojibake(record[field])
    line = json.dumps(record, ensure_ascii=False) + "\n"
    (STORY / "nordic-ledger-scrape.jsonl").write_text(line, encoding="utf-8")


# ---------------------------------------------------------------- systematic substitution
def substituted_copy():
    text = read("telemark-radio-update.txt").replace("ion", "ium")
    (STORY / "telemark-radio-update.txt").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- PDF
def pdf_string(text):
    out = []
    for b in text.encode("cp1252"):
        ch = chr(b)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def pdf_document(objects, info_obj):
    """Serialises numbered objects (1..n) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_obj, xref)
    return bytes(out)


def wire_pdf():
    lines = read("skagerrak-review-wire.txt").rstrip("\n").split("\n")
    title, body = lines[0], lines[2:]
    per_page = 24
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    streams = []
    for index, page_lines in enumerate(pages, start=1):
        ops = ["BT /F1 8 Tf 56 806 Td " + pdf_string("SKAGERRAK BUSINESS REVIEW  |  Industry & Energy") + " Tj ET"]
        y = 760
        if index == 1:
            ops.append("BT /F2 16 Tf 56 %d Td %s Tj ET" % (y, pdf_string(title)))
            y -= 30
        for line in page_lines:
            if line:
                ops.append("BT /F1 11 Tf 56 %d Td %s Tj ET" % (y, pdf_string(line)))
            y -= 15
        footer = "skagerrakreview.example/industry  -  printed copy  -  Page %d of %d" % (index, len(pages))
        ops.append("BT /F1 8 Tf 56 40 Td " + pdf_string(footer) + " Tj ET")
        streams.append("\n".join(ops).encode("latin-1"))
    # objects: 1 catalog, 2 pages, 3-4 fonts, 5 info, then (page, content) pairs
    first_page = 6
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title %s /Author (Norlink) /Producer (make_binaries.py) >>" % pdf_string(title)).encode("latin-1"),
    ]
    for i, stream in enumerate(streams):
        content_obj = first_page + 2 * i + 1
        objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                        "<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_obj).encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    pdf = pdf_document(objects, info_obj=5)
    (STORY / "skagerrak-review-wire.pdf").write_bytes(pdf)
    return pdf


# ---------------------------------------------------------------- zip-based office documents
def write_zip(path, entries):
    """entries: (name, text, stored) in order; fixed timestamps keep the archive reproducible."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, text, stored in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))


def odt():
    title, byline, paragraphs = title_byline_paragraphs("porsgrunn-weekly-safety.txt")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    body = ['<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % escape(title),
            '<text:p text:style-name="Byline">%s</text:p>' % escape(byline)]
    body += ['<text:p text:style-name="Text_20_body">%s</text:p>' % escape(p) for p in paragraphs]
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>\n' % (ns, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Byline" style:family="paragraph">'
              '<style:text-properties fo:font-style="italic"/></style:style>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>'
              '</office:styles></office:document-styles>\n' % ns)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>make_binaries.py</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>Marit Eide</meta:initial-creator><dc:creator>Marit Eide</dc:creator>'
            '<dc:language>en</dc:language></office:meta></office:document-meta>\n' % (ns, escape(title)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>\n')
    write_zip(STORY / "porsgrunn-weekly-safety.odt", [
        ("mimetype", "application/vnd.oasis.opendocument.text", True),
        ("META-INF/manifest.xml", manifest, False),
        ("content.xml", content, False),
        ("styles.xml", styles, False),
        ("meta.xml", meta, False),
    ])


def docx():
    title, byline, paragraphs = title_byline_paragraphs("chemwatch-closure.txt")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, style=None, italic=False):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        rpr = "<w:rPr><w:i/></w:rPr>" if italic else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text))

    body = [para(title, "Title"), para(byline, italic=True)] + [para(p) for p in paragraphs]
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>\n' % (w, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style></w:styles>\n' % w)
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     '</Types>\n')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>\n')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '</Relationships>\n')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Lena Vik</dc:creator>'
            '<dc:language>en-GB</dc:language></cp:coreProperties>\n' % escape(title))
    write_zip(STORY / "chemwatch-closure.docx", [
        ("[Content_Types].xml", content_types, False),
        ("_rels/.rels", rels, False),
        ("word/document.xml", document, False),
        ("word/_rels/document.xml.rels", doc_rels, False),
        ("word/styles.xml", styles, False),
        ("docProps/core.xml", core, False),
    ])


# ---------------------------------------------------------------- WARC
def warc_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(headers, block):
    head = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in headers)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return gzip.compress(head.encode("utf-8") + block + b"\r\n\r\n", mtime=0)


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "dossier-examples/" + name)


def warc():
    url = "https://www.telemarkobserver.example/2026/04/16/nordvik-to-close-heroya-plant/"
    date = "2026-04-16T17:02:11Z"
    html = read("telemark-observer-closure.html").encode("utf-8")
    http_head = ("HTTP/1.1 200 OK\r\nDate: Thu, 16 Apr 2026 17:02:11 GMT\r\nServer: nginx\r\n"
                 "Content-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n"
                 "Cache-Control: max-age=300\r\n\r\n" % len(html)).encode("ascii")
    response = http_head + html
    request = ("GET /2026/04/16/nordvik-to-close-heroya-plant/ HTTP/1.1\r\nHost: www.telemarkobserver.example\r\n"
               "User-Agent: example-crawler/1.0\r\nAccept: text/html\r\n\r\n").encode("ascii")
    info = b"software: make_binaries.py\r\nformat: WARC File Format 1.1\r\nisPartOf: dossier-examples\r\n"
    name = "telemark-observer-closure.warc.gz"
    records = [
        warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", date), ("WARC-Filename", name),
                     ("WARC-Record-ID", record_id("warcinfo")), ("Content-Type", "application/warc-fields")], info),
        warc_record([("WARC-Type", "request"), ("WARC-Target-URI", url), ("WARC-Date", date),
                     ("WARC-Record-ID", record_id("request")), ("WARC-Concurrent-To", record_id("response")),
                     ("Content-Type", "application/http; msgtype=request"),
                     ("WARC-Block-Digest", warc_digest(request))], request),
        warc_record([("WARC-Type", "response"), ("WARC-Target-URI", url), ("WARC-Date", date),
                     ("WARC-Record-ID", record_id("response")), ("WARC-IP-Address", "192.0.2.17"),
                     ("Content-Type", "application/http; msgtype=response"),
                     ("WARC-Payload-Digest", warc_digest(html)),
                     ("WARC-Block-Digest", warc_digest(response))], response),
    ]
    (STORY / name).write_bytes(b"".join(records))


# ---------------------------------------------------------------- bad inputs
def bad_inputs(good_pdf):
    BAD.mkdir(exist_ok=True)
    junk, seed = bytearray(), b"dossier-examples-junk"
    while len(junk) < 4096:
        seed = hashlib.sha256(seed).digest()
        junk += seed
    (BAD / "junk.html").write_bytes(bytes(junk))
    (BAD / "empty.txt").write_bytes(b"")
    # A damaged download: cut short (no cross-reference table, no trailer) and with a block of
    # zeros where the catalog and page-tree objects were. Truncation alone is not enough: PDF
    # readers such as PDFBox rebuild a truncated file's structure and parse it without complaint.
    broken = bytearray(good_pdf[: len(good_pdf) * 3 // 5])
    broken[15:15 + 512] = bytes(512)
    (BAD / "broken.pdf").write_bytes(bytes(broken))


def main():
    STORY.mkdir(exist_ok=True)
    windows_1252_page()
    news_please_scrape()
    substituted_copy()
    good_pdf = wire_pdf()
    odt()
    docx()
    warc()
    bad_inputs(good_pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
