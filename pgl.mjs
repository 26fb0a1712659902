import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

let t = Date.now();
const db = await PGlite.create({ extensions: { unaccent, pg_trgm } });
console.log('create ms', Date.now() - t);
await db.exec('create extension unaccent; create extension pg_trgm; create table x(a text)');
console.log((await db.query("select unaccent('tấn công đ') as u, version()")).rows);
t = Date.now();
const dump = await db.dumpDataDir('none');
console.log('dump ms', Date.now() - t, dump.size);
t = Date.now();
const db2 = await PGlite.create({ loadDataDir: dump, extensions: { unaccent, pg_trgm } });
console.log('load ms', Date.now() - t, (await db2.query('select count(*) from x')).rows);
const r = await db2.query("insert into x values ('a'),('b')");
console.log(r);
