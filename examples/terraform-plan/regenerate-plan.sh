#!/bin/sh
# Rewrites plan.json (a plan of this module with no state), used by the action's smoke/cold-start case.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
cp main.tf "$tmp/"
(cd "$tmp" && terraform init -input=false -no-color >/dev/null && terraform plan -input=false -no-color -out=p.tfplan >/dev/null \
  && terraform show -json p.tfplan) | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);delete p.timestamp;process.stdout.write(JSON.stringify(p,null,1)+"\n")})' > plan.json
rm -rf "$tmp"
npx --no-install prettier --write plan.json >/dev/null 2>&1 || true
