/**
 * base's ir.attachment (odoo/addons/base/models/ir_attachment.py), as far as
 * binary fields stored as attachments need it: a `fields.Binary(attachment=True)`
 * or `fields.Image` value is an attachment with `res_model`, `res_id` and
 * `res_field` (the field's name), `datas` in base64, and `checksum` = SHA-1 of
 * the raw bytes (`_compute_checksum`), `file_size` and `mimetype` computed
 * from the bytes whatever the client sends (`create` drops them). A search
 * that names neither `id` nor `res_field` gets `('res_field', '=', False)`
 * added (`_search`): field attachments are only found by asking for them.
 * Same in 16–19 for what is modelled here.
 */
import { createHash } from 'node:crypto';
import { binary, boolean, char, integer, selection } from '../orm/fields.js';
import type { MethodSpec, ModelSpec, Vals } from '../orm/model-spec.js';
import { isPng } from '../png.js';

/** odoo/tools/mimetypes.py `guess_mimetype`, for the formats images come in. */
function guessMimetype(raw: Buffer): string {
  if (isPng(raw)) return 'image/png';
  if (raw[0] === 0xff && raw[1] === 0xd8 && raw[2] === 0xff) return 'image/jpeg';
  if (raw.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (raw.toString('latin1', 0, 4) === 'RIFF' && raw.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return 'application/octet-stream';
}

/** `_get_datas_related_values` + `_compute_mimetype`: what the bytes decide. */
function datasRelated(vals: Vals): void {
  delete vals.checksum;
  delete vals.file_size;
  if (!('datas' in vals)) return;
  const raw = typeof vals.datas === 'string' ? Buffer.from(vals.datas, 'base64') : Buffer.alloc(0);
  vals.checksum = createHash('sha1').update(raw).digest('hex');
  vals.file_size = raw.length;
  if (!vals.mimetype) vals.mimetype = guessMimetype(raw);
}

function namesIdOrResField(domain: unknown): boolean {
  return (
    Array.isArray(domain) && domain.some((leaf) => Array.isArray(leaf) && (leaf[0] === 'id' || leaf[0] === 'res_field'))
  );
}

/** A search method whose domain gets `('res_field', '=', False)` unless it names `id` or `res_field`. */
function withResFieldCheck(base: MethodSpec): MethodSpec {
  return {
    ...base,
    call(env, model, ids, a, ctx) {
      const key = 'domain' in a ? 'domain' : 'args';
      const domain = (a[key] ?? []) as unknown[];
      if (ctx.skip_res_field_check || namesIdOrResField(domain)) return base.call(env, model, ids, a, ctx);
      return base.call(env, model, ids, { ...a, [key]: [...domain, ['res_field', '=', false]] }, ctx);
    },
  };
}

export const irAttachmentModels = (generic: Record<string, MethodSpec>): ModelSpec[] => [
  {
    name: 'ir.attachment',
    description: 'Attachment',
    order: 'id desc',
    fields: {
      name: char('Name', { required: true }),
      description: char('Description'),
      res_model: char('Resource Model'),
      res_field: char('Resource Field'),
      // A Many2oneReference in Odoo: the id in res_model.
      res_id: integer('Resource ID'),
      type: selection(
        [
          ['url', 'URL'],
          ['binary', 'File'],
        ],
        'Type',
        { required: true, default: () => 'binary' },
      ),
      url: char('Url'),
      public: boolean('Is public document'),
      datas: binary('File Content (base64)'),
      checksum: char('Checksum/SHA1', { readonly: true }),
      file_size: integer('File Size', { readonly: true }),
      mimetype: char('Mime Type'),
    },
    methods: Object.fromEntries(
      (['search', 'search_read', 'search_count'] as const).map((name) => [name, withResFieldCheck(generic[name])]),
    ),
    hooks: {
      prepareCreate: (_env, vals) => datasRelated(vals),
      prepareWrite: (_env, _ids, vals) => datasRelated(vals),
    },
  },
];
