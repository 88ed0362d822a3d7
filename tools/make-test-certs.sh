#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Writes the TLS test certificates into tests/data/certs/ (committed; the TLS test only reads them):
#   ca.pem                  a test CA ("Colvault Test CA"; its key is thrown away)
#   server.pem, server.key  a server certificate signed by it, for 127.0.0.1, ::1 and localhost
#   other-ca.pem            an unrelated CA that must not be accepted for the server
# All valid from 2000 until 100 years from now, so the committed files do not expire under the tests. Test-only keys: never trust ca.pem
# anywhere else. Needs openssl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=tests/data/certs
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# notBefore is fixed in the past (2000-01-01) so a machine with a wrong or old clock still accepts the files, and
# notAfter 100 years after they were made. `openssl ca` is the only openssl 3.0 command that takes a start date.
start=20000101000000Z
end="$(( $(date -u +%Y) + 100 ))$(date -u +%m%d%H%M%SZ)"
touch "$tmp/index.txt"
echo 1000 > "$tmp/serial"
cat > "$tmp/ca.cnf" <<CNF
[ca]
default_ca = test_ca
[test_ca]
database = $tmp/index.txt
serial = $tmp/serial
new_certs_dir = $tmp
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,IP:::1,DNS:localhost
authorityKeyIdentifier = keyid
subjectKeyIdentifier = hash
CNF
sign() { # sign CSR CERT CAKEY CACERT|-selfsign EXT
    local issuer=(-cert "$4")
    [[ "$4" == -selfsign ]] && issuer=(-selfsign)
    openssl ca -batch -notext -config "$tmp/ca.cnf" -in "$1" -out "$2" -keyfile "$3" "${issuer[@]}" \
        -startdate "$start" -enddate "$end" -extensions "$5" 2>/dev/null
}

openssl req -new -newkey rsa:2048 -nodes -subj "/CN=Colvault Test CA" -keyout "$tmp/ca.key" -out "$tmp/ca.csr" \
    2>/dev/null
sign "$tmp/ca.csr" "$out/ca.pem" "$tmp/ca.key" -selfsign ca_ext

openssl req -new -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$out/server.key" -out "$tmp/server.csr" \
    2>/dev/null
sign "$tmp/server.csr" "$out/server.pem" "$tmp/ca.key" "$out/ca.pem" server_ext

openssl req -new -newkey rsa:2048 -nodes -subj "/CN=Colvault Unrelated Test CA" -keyout "$tmp/other-ca.key" \
    -out "$tmp/other-ca.csr" 2>/dev/null
sign "$tmp/other-ca.csr" "$out/other-ca.pem" "$tmp/other-ca.key" -selfsign ca_ext

chmod 0644 "$out"/*.pem "$out"/*.key
openssl verify -CAfile "$out/ca.pem" "$out/server.pem"
echo "make-test-certs: wrote $out/{ca.pem,server.pem,server.key,other-ca.pem}"
