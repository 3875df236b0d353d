import { PNG } from "pngjs"; import { readFileSync } from "node:fs";
const [a,b]=process.argv.slice(2).map(f=>PNG.sync.read(readFileSync(f)));
let n=0,max=0; for(let i=0;i<a.data.length;i+=4){let d=0;for(let k=0;k<3;k++)d=Math.max(d,Math.abs(a.data[i+k]-b.data[i+k]));if(d>0)n++;max=Math.max(max,d);}
console.log(`differing ${n} of ${a.data.length/4}, max ${max}`);
