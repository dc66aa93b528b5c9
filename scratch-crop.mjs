import {PNG} from 'pngjs';
import {readFileSync, writeFileSync} from 'node:fs';
const [file, step = '1100'] = process.argv.slice(2);
const png = PNG.sync.read(readFileSync(file));
const h = Number(step);
for (let y = 0, i = 0; y < png.height; y += h, i++) {
  const height = Math.min(h, png.height - y);
  const out = new PNG({width: png.width, height});
  PNG.bitblt(png, out, 0, y, png.width, height, 0, 0);
  const name = file.replace('.png', `-part${i}.png`);
  writeFileSync(name, PNG.sync.write(out));
  console.log(name);
}
