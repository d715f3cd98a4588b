#!/usr/bin/env bash
# Runs a sweep on a Slurm cluster as a job array, then merges its tables.
#
#   scripts/slurm-sweep.sh SWEEP.yaml SHARDS [OUT_DIR] [sbatch options...]
#
# Submits an array of SHARDS tasks; task I runs shard I of SHARDS of `atlas sweep` (atlas reads
# the slice from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT) on
# ATLAS_CPUS cores (default 4), all writing into OUT_DIR (default results/<sweep file name>) on
# the shared file system. A second job, started once every task has succeeded, runs
# `atlas merge OUT_DIR`, which writes OUT_DIR/runs.csv and points.csv. Logs go to OUT_DIR.logs/.
# After a failure, run this script again with the same arguments: finished runs are skipped. Further
# arguments go to both sbatch calls (e.g. --partition=short --time=02:00:00). ATLAS_JAVA_OPTS
# sets the JVM heap (e.g. -Xmx8g).
set -euo pipefail

if [[ $# -lt 2 || ! $2 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 SWEEP.yaml SHARDS [OUT_DIR] [sbatch options...]" >&2
    exit 2
fi
sweep=$(readlink -f -- "$1")
shards=$2
shift 2
out=results/$(basename -- "$sweep" .yaml)
if [[ $# -gt 0 && $1 != -* ]]; then
    out=$1
    shift
fi
out=$(readlink -m -- "$out")
cpus=${ATLAS_CPUS:-4}
atlas=$(readlink -f -- "$(dirname -- "${BASH_SOURCE[0]}")/atlas")

# Build now, on this node: array tasks starting together must not all build the jar at once.
"$atlas" validate "$sweep"
# Logs beside the sweep's directory: atlas refuses to write into a directory holding other files.
logs=$out.logs
mkdir -p "$logs"

array=$(sbatch --parsable --job-name=atlas-sweep --array=0-$((shards - 1)) --cpus-per-task="$cpus" \
    --output="$logs/shard-%a.log" "$@" \
    --wrap "\"$atlas\" sweep \"$sweep\" --out \"$out\" --jobs \"$cpus\" --quiet")
merge=$(sbatch --parsable --job-name=atlas-merge --dependency=afterok:"$array" --cpus-per-task=1 \
    --output="$logs/merge.log" "$@" \
    --wrap "\"$atlas\" merge \"$out\"")
echo "submitted job array $array ($shards shards) and merge job $merge; tables in $out"
