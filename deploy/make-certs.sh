#!/bin/bash
# The TLS material for KurrentDB, made by the one-shot `kurrentdb-certs` service in the vendor's
# certificate generator image (es-gencert-cli 1.3.0). Arguments: the node names. Each is the
# node's DNS name in the compose network and the directory its certificate goes to.
#
#   /certs/ca-key/ca.crt, ca.key    the CA; its key stays in this job's own volume
#   /certs/ca/ca.crt                the CA certificate alone, for the nodes, kurrentdb-init and the API
#   /certs/<node>/node.crt, .key    a node's certificate for <node>, localhost and 127.0.0.1
#
# What exists is kept, so a second run changes nothing. RENEW_NODE_CERTS=true makes new node
# certificates from the same CA (docs/deployment.md, "Renewing the certificates").
set -euo pipefail

: "${TLS_KEY_GID:?the group id that may read the node keys}"
days="${NODE_CERT_DAYS:-365}"

if [ $# -eq 0 ]; then
  echo "usage: make-certs.sh <node name>..." >&2
  exit 2
fi

if [ ! -f /certs/ca-key/ca.key ]; then
  es-gencert-cli create-ca -out /certs/ca-key
  echo "Made a new CA."
fi
chmod 0400 /certs/ca-key/ca.key
cp /certs/ca-key/ca.crt /certs/ca/ca.crt
chmod 0444 /certs/ca/ca.crt

for node in "$@"; do
  dir="/certs/$node"
  if [ "${RENEW_NODE_CERTS:-false}" = "true" ] || [ ! -f "$dir/node.crt" ] || [ ! -f "$dir/node.key" ]; then
    es-gencert-cli create-node -force \
      -ca-certificate /certs/ca-key/ca.crt -ca-key /certs/ca-key/ca.key \
      -out "$dir" -dns-names "$node,localhost" -ip-addresses 127.0.0.1 -days "$days"
    echo "Made a certificate for $node, valid for $days days."
  fi
  # The server's user differs between image builds, so it reads its key through a group it is
  # given (group_add in the compose file), not through ownership.
  chown "0:$TLS_KEY_GID" "$dir/node.key"
  chmod 0440 "$dir/node.key"
  chmod 0444 "$dir/node.crt"
done
