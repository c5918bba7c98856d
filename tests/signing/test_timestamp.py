"""PAdES B-T: with a timestamp server configured, the signature carries its timestamp (a local
test server answers as a real one would; the app itself never needs the network)."""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from secretary_app.signing.sign import SignOptions, sign_file
from secretary_app.signing.validate import validate
from tests.signing import pki


@pytest.fixture
def tsa_url(ca):
    issued = pki.issue(ca, "Máy chủ dấu thời gian thử", timestamping=True)
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(issued.cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(issued.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        certs_to_embed=[asn1_x509.Certificate.load(
            ca.cert.public_bytes(serialization.Encoding.DER))])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            answer = asyncio.run(stamper.async_request_tsa_response(request)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_with_a_timestamp_server_the_signature_is_b_t(minutes_pdf, p12_signer, pki_dir, tsa_url,
                                                     tmp_path):
    signed = sign_file(minutes_pdf, tmp_path / "bt.pdf", p12_signer,
                       SignOptions(timestamp_url=tsa_url))
    (report,) = validate(signed, pki_dir / "trust")
    assert report.ok and report.timestamped, report.lines()
    assert "(theo dấu thời gian)" in "\n".join(report.lines())


def test_an_unreachable_timestamp_server_is_said_and_nothing_written(minutes_pdf, p12_signer,
                                                                    tmp_path):
    import socket

    from secretary_app.signing import SigningError

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SigningError, match="không lấy được dấu thời gian"):
        sign_file(minutes_pdf, out / "bt.pdf", p12_signer, SignOptions(timestamp_url=url))
    assert list(out.iterdir()) == []
