"""A tiny web app with known security issues, scanned by the security-scan demo and e2e workflow."""
import hashlib
import subprocess

import requests

API_TOKEN = "s3cr3t-token"
password = "changeme"


def ping(host):
    # B602: shell=True with user input
    return subprocess.check_output("ping -c 1 " + host, shell=True)


def archive(name):
    return subprocess.call("tar czf /tmp/out.tgz " + name, shell=True)  # nosec B602 - name is validated upstream


def token_hash(value):
    return hashlib.sha1(value.encode()).hexdigest()


def fetch_profile(user_id):
    return requests.get("https://example.invalid/users/%s" % user_id)


def serve():
    import http.server

    http.server.HTTPServer(("0.0.0.0", 8000), http.server.SimpleHTTPRequestHandler).serve_forever()
