// Draws the app icons (public/*.png) with no image library: a dark tile with the 4/4/2 ladder as three bars
// under a rising term-structure line. Run `node scripts/make-icons.mjs` after changing the design.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BG = [15, 20, 25];
const BAR = [45, 212, 191];
const LINE = [251, 191, 36];

function crc32(buf) {
	let c = ~0;
	for (const b of buf) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 3 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 3 + 1)] = 0;
		for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 3 + 1) + 1 + x * 3);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
	return Buffer.concat([
		sig,
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** The artwork in unit coordinates; `inset` shrinks it into the maskable safe zone. */
function artwork(inset) {
	const s = (v) => inset + v * (1 - 2 * inset);
	const bars = [
		[0.16, 0.34, 0.5],
		[0.42, 0.6, 0.5],
		[0.68, 0.86, 0.7],
	];
	return (u, v) => {
		for (const [x0, x1, top] of bars) if (u >= s(x0) && u <= s(x1) && v >= s(top) && v <= s(0.86)) return BAR;
		// Contango curve: y = 0.42 − 0.22·(1 − e^{−3x}) drawn as a thick stroke.
		const x = (u - inset) / (1 - 2 * inset);
		const y = s(0.42 - 0.26 * (1 - Math.exp(-3 * x)));
		if (x >= 0.08 && x <= 0.94 && Math.abs(v - y) < 0.035 * (1 - 2 * inset)) return LINE;
		return BG;
	};
}

const out = (name, size, inset) =>
	writeFileSync(new URL(`../public/${name}`, import.meta.url), png(size, artwork(inset)));
out('icon-192.png', 192, 0.04);
out('icon-512.png', 512, 0.04);
out('icon-maskable-512.png', 512, 0.14);
out('apple-touch-icon.png', 180, 0.08);
