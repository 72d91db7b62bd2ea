import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The peer engines (PyTorch, TF.js) are measured by the scripts in ../shared/bench beside the project,
 * in the same sitting as our numbers. Where that folder is absent (a plain clone), peers are skipped.
 */
const PEERS_SCRIPT = fileURLToPath(new URL("../../shared/bench/run-peers.sh", import.meta.url));

/** A peer's rates; null where its script printed no line for it. */
export interface PeerNumbers {
  trainSamplesPerSec: number | null;
  samplePointStepsPerSec: number | null;
}

export function peersAvailable(): boolean {
  return existsSync(PEERS_SCRIPT);
}

/** Runs the peers and parses their lines, e.g. "tfjs-wasm train batch=256: 18.7 steps/s, 4800 samples/s". */
export function measurePeers(batch: number): Record<string, PeerNumbers> {
  const output = execFileSync("bash", [PEERS_SCRIPT], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const peers: Record<string, PeerNumbers> = {};
  for (const line of output.split("\n")) {
    const train = line.match(/^(\S+) train batch=(\d+): .*?([\d.]+) samples\/s/);
    const sample = line.match(/^(\S+) sample points=\d+: ([\d.]+) point-steps\/s/);
    const name = train?.[1] ?? sample?.[1];
    if (!name) continue;
    const entry = (peers[name] ??= { trainSamplesPerSec: null, samplePointStepsPerSec: null });
    if (train && Number(train[2]) === batch) entry.trainSamplesPerSec = Number(train[3]);
    if (sample) entry.samplePointStepsPerSec = Number(sample[2]);
  }
  return peers;
}
