import { loadConfig } from '../../src/config.js';

describe('ODOO_LANGS', () => {
  it('reads a comma list of Odoo language codes, without repeats; unset is none', () => {
    expect(loadConfig({}).odoo.langs).toBeUndefined();
    expect(loadConfig({ ODOO_LANGS: 'en_US, de_DE,fr_FR,de_DE' }).odoo.langs).toEqual(['en_US', 'de_DE', 'fr_FR']);
    expect(loadConfig({ ODOO_LANGS: 'sr@latin,es' }).odoo.langs).toEqual(['sr@latin', 'es']);
  });

  it('refuses what is not a list of language codes, naming the variable', () => {
    for (const bad of ['de-DE', 'en_US,,de_DE', 'EN_us', 'de_DE;fr_FR', ',']) {
      expect(() => loadConfig({ ODOO_LANGS: bad })).toThrow(/ODOO_LANGS: must be comma-separated Odoo language codes/);
    }
  });
});
