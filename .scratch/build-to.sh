#!/bin/bash
# builds the current tree into $1
cd /work/main && npx vite build --logLevel error --outDir "$1" --emptyOutDir
