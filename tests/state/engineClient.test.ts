// The engine client against an in-process comlink endpoint standing in for the worker.
import { describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { EngineClient, Superseded } from '../../src/state/engineClient.svelte';
import { defaultMarket } from '../../src/engine';

type FakeApi = { echo(x: number, delayMs: number): Promise<number> };

/** A MessagePort dressed as a Worker: comlink talks over it; tests can fire its 'error' event. */
function fakeWorker(api: FakeApi): () => Worker {
	return () => {
		const { port1, port2 } = new MessageChannel();
		expose(api, port2 as unknown as Parameters<typeof expose>[1]);
		const worker = port1 as unknown as Worker & { terminate(): void };
		worker.terminate = () => port1.close();
		return worker;
	};
}

const slowEcho: FakeApi = {
	echo: (x, delayMs) => new Promise((ok) => setTimeout(() => ok(x), delayMs)),
};

describe('EngineClient.latest', () => {
	it('returns the newest request and rejects older ones as Superseded, without queueing them', async () => {
		const client = new EngineClient(fakeWorker(slowEcho));
		let calls = 0;
		const call = (x: number) => (api: unknown) => {
			calls++;
			return (api as FakeApi).echo(x, 20);
		};
		const settled = Promise.allSettled([
			client.latest('grid', call(1)),
			client.latest('grid', call(2)),
			client.latest('grid', call(3)),
		]);
		const [first, second, third] = await settled;
		// The first was overtaken while in flight; the second was replaced while waiting and never sent.
		expect(first.status === 'rejected' && first.reason).toBeInstanceOf(Superseded);
		expect(second.status === 'rejected' && second.reason).toBeInstanceOf(Superseded);
		expect(third).toEqual({ status: 'fulfilled', value: 3 });
		expect(calls).toBe(2);
		client.terminate();
	});
	it('keeps channels independent', async () => {
		const client = new EngineClient(fakeWorker(slowEcho));
		const [a, b] = await Promise.all([
			client.latest('a', (api) => (api as unknown as FakeApi).echo(1, 5)),
			client.latest('b', (api) => (api as unknown as FakeApi).echo(2, 5)),
		]);
		expect([a, b]).toEqual([1, 2]);
		client.terminate();
	});
});

describe('EngineClient crash recovery', () => {
	it('restarts the worker, rejects the call in flight and tells the user', async () => {
		let created = 0;
		let current: EventTarget | null = null;
		const make = fakeWorker(slowEcho);
		const client = new EngineClient(() => {
			created++;
			const w = make();
			current = w;
			return w;
		});
		const pending = client.run((api) => (api as unknown as FakeApi).echo(1, 50));
		await new Promise((ok) => setTimeout(ok, 5));
		current!.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
		await expect(pending).rejects.toThrow(/boom/);
		expect(created).toBe(2);
		expect(client.restarts).toBe(1);
		expect(client.notice).toMatch(/restarted/);
		await expect(client.run((api) => (api as unknown as FakeApi).echo(7, 1))).resolves.toBe(7);
		client.terminate();
	});
	it('restarts at most 3 times in 60 s; the 4th crash moves the engine to the main thread and says so', async () => {
		let clock = 0;
		const workers: EventTarget[] = [];
		const make = fakeWorker(slowEcho);
		const client = new EngineClient(
			() => {
				const w = make();
				workers.push(w);
				return w;
			},
			() => clock,
		);
		const crash = async (at: number) => {
			clock = at;
			await client.run(() => 0); // the current worker is up
			workers[workers.length - 1].dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
		};
		// The crash at 0 s has left the window by 100 s, so four crashes in all are restarted.
		for (const at of [0, 50_000, 100_000, 105_000]) await crash(at);
		expect([client.restarts, client.mode, workers.length]).toEqual([4, 'worker', 5]);
		await crash(108_000); // the fourth crash within 60 s (50, 100, 105, 108 s)
		expect(client.mode).toBe('main-thread');
		expect(client.restarts).toBe(4);
		expect(workers.length).toBe(5);
		expect(client.notice).toMatch(/stopped 4 times within a minute .*main thread/);
		const { regime } = await client.run((api) => api.curve(defaultMarket()));
		expect(regime.regime).toBe('contango');
	});
	it('falls back to the main thread when a worker cannot be created', async () => {
		const client = new EngineClient(() => {
			throw new Error('workers unavailable');
		});
		const { regime } = await client.run((api) => api.curve(defaultMarket()));
		expect(regime.regime).toBe('contango');
		expect(client.mode).toBe('main-thread');
		expect(client.notice).toMatch(/main thread/);
	});
});
