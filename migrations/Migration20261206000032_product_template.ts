import { Migration } from '@mikro-orm/migrations';

/**
 * A product's template (issue 16): the business key of the Odoo product.template
 * its variant belongs to, so a shop can read a template with all its variants
 * (`productTemplates`, `Product.template`). The index serves both: the live
 * variants of a page of templates, and the templates paged by their oldest variant.
 */
export class Migration20261206000032_product_template extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "product" add column "template_external_id" text null`);
    this.addSql(
      `create index "product_template_external_id_index" on "product" ("template_external_id", "id") where "deleted_at" is null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "product_template_external_id_index"`);
    this.addSql(`alter table "product" drop column if exists "template_external_id"`);
  }
}
