import { afterEach, describe, expect, it } from "vitest";
import { createCoreClient } from "../../worker/client";
import { inThreadWorkers } from "../../worker/testing";
import type { Settings } from "../settings";
import { createAppStore, type AppStore } from "../store";
import { SMALL_SETTINGS, until } from "../testing-store";
import { predictorSpec } from "./predictor-spec";

const SHORT: Settings = { ...SMALL_SETTINGS, training: { ...SMALL_SETTINGS.training, totalSteps: 40 } };

describe("the training slice", () => {
  const disposers: (() => void)[] = [];
  afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));
  /** A store as the page makes it (training on its own), on an in-thread worker. */
  const open = (settings: Settings = SHORT): AppStore => {
    const client = createCoreClient(inThreadWorkers().make);
    const { store, dispose } = createAppStore({ client, autoTrain: true }, settings);
    disposers.push(() => (dispose(), client.terminate()));
    return store;
  };

  it("trains the MLP at the start for the link's number of steps, then samples with it", async () => {
    const store = open();
    expect(store.getState().training).toMatchObject({ status: "training", totalSteps: 40 });
    expect(store.getState().reverse.waitingFor).toMatch(/once the MLP is trained/);
    const trained = await until(store, (s) => s.training.status === "trained" && s.training.weights !== null);
    expect(trained.training).toMatchObject({ step: 40, stopped: false });
    const sampled = await until(store, (s) => s.reverse.status === "ready");
    expect(sampled.reverse.result?.trajectory.timesteps.at(-1)).toBe(0);
  });

  it("retrains the same model from the same settings, and a new one when a training setting changes", async () => {
    const weightsOf = async (store: AppStore) =>
      (await until(store, (s) => s.training.weights !== null)).training.weights?.params;
    const first = await weightsOf(open());
    expect(await weightsOf(open())).toEqual(first);
    const store = open();
    await weightsOf(store);
    store.getState().update((s) => ({ ...s, training: { ...s.training, lr: 0.005 } }));
    expect(store.getState().training.status).toBe("training");
    expect(await weightsOf(store)).not.toEqual(first);
  });

  it("stops at once: the status says so before the worker answers, and the weights so far follow", async () => {
    const store = open({ ...SHORT, training: { ...SHORT.training, totalSteps: 20_000 } });
    await until(store, (s) => s.training.step > 0);
    store.getState().stopTraining();
    expect(store.getState().training).toMatchObject({ status: "trained", stopped: true });
    const stopped = await until(store, (s) => s.training.weights !== null);
    const { step } = stopped.training;
    expect(step).toBeLessThan(20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getState().training.step).toBe(step);
  });

  it("leaves a model the user reset untrained until asked", async () => {
    const store = open();
    await until(store, (s) => s.training.weights !== null);
    store.getState().resetModel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.getState().training).toMatchObject({ status: "untrained", weights: null });
    expect(store.getState().reverse.waitingFor).toMatch(/train the MLP/);
  });

  it("trains the linear model by SGD when it is chosen; reset, it is W = 0 again", async () => {
    const store = open({ ...SHORT, predictor: "linear" });
    expect(store.getState().training.status).toBe("untrained");
    const trained = await until(store, (s) => s.linearModel.weights !== null);
    expect(trained.linearModel).toMatchObject({ status: "trained", step: 40, divergedAt: null });
    expect(trained.linearModel.loss).toBeLessThan(1.5);
    const spec = predictorSpec(trained);
    expect(spec).toEqual({ kind: "linear", weights: trained.linearModel.weights });
    store.getState().resetModel();
    expect(predictorSpec(store.getState())).toEqual({ kind: "linear", weights: [0, 0, 0, 0, 0, 0] });
  });

  it("clears only the model the user cleared: the other keeps its weights", async () => {
    const store = open({ ...SHORT, predictor: "linear" });
    await until(store, (s) => s.linearModel.weights !== null);
    await store.getState().train(20);
    const mlp = store.getState().training.weights;
    expect(mlp).not.toBeNull();
    store.getState().resetModel("linear");
    expect(store.getState().linearModel.status).toBe("untrained");
    expect(store.getState().training).toMatchObject({ status: "trained", weights: mlp });
    await store.getState().trainLinear();
    store.getState().resetModel("mlp");
    expect(store.getState().training.weights).toBeNull();
    expect(store.getState().linearModel.status).toBe("trained");
  });
});
