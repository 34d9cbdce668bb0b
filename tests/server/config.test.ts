import { loadConfig } from '../../src/config.js';

describe('config', () => {
  it('has defaults for everything but the Odoo connection', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      host: '0.0.0.0',
      port: 4000,
      nodeEnv: 'development',
      logLevel: 'info',
      webhookAllowPrivate: false,
      embeddedPg: { dir: './.data/postgres', port: 0 },
      maxPageSize: 500,
      role: 'all',
    });
    // Odoo's version decides (JSON-2 on 19+): tests/odoo/odoo-check.test.ts.
    expect(config.odoo.protocol).toBe('auto');
    expect(loadConfig({ ODOO_PROTOCOL: 'jsonrpc' }).odoo.protocol).toBe('jsonrpc');
  });

  it('reads the fixed variable names', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/hub',
        HOST: '127.0.0.1',
        PORT: '8080',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        ODOO_URL: 'https://erp.example.com',
        ODOO_DB: 'prod',
        ODOO_USERNAME: 'hub@example.com',
        ODOO_API_KEY: 'k',
        ODOO_PROTOCOL: 'json2',
        SMTP_URL: 'smtp://mail:25',
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
      'worker',
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/hub',
      port: 8080,
      nodeEnv: 'production',
      odoo: { url: 'https://erp.example.com', db: 'prod', username: 'hub@example.com', apiKey: 'k', protocol: 'json2' },
      smtpUrl: 'smtp://mail:25',
      webhookAllowPrivate: true,
      role: 'worker',
    });
  });

  it('fails fast, naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ODOO_PROTOCOL: 'xmlrpc' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres|DATABASE_URL[\s\S]*PORT/,
    );
    expect(() => loadConfig({ ODOO_PROTOCOL: 'xmlrpc' })).toThrow(/ODOO_PROTOCOL/);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'maybe' })).toThrow(/WEBHOOK_ALLOW_PRIVATE/);
  });

  it('reads ODOO_WAREHOUSES as a list of codes, and refuses an empty one in it', () => {
    expect(loadConfig({}).odoo.warehouses).toBeUndefined();
    expect(loadConfig({ ODOO_WAREHOUSES: 'WH, SF ,WH' }).odoo.warehouses).toEqual(['WH', 'SF']);
    expect(loadConfig({ ODOO_WAREHOUSES: 'My Co' }).odoo.warehouses).toEqual(['My Co']);
    expect(() => loadConfig({ ODOO_WAREHOUSES: 'WH,,SF' })).toThrow(/ODOO_WAREHOUSES: must be comma-separated/);
    expect(() => loadConfig({ ODOO_WAREHOUSES: ' , ' })).toThrow(/ODOO_WAREHOUSES/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 4000 });
  });

  it('has the login limits and secrets hand-over of the design, and reads TRUST_PROXY as express does', () => {
    expect(loadConfig({})).toMatchObject({
      trustProxy: false,
      rateLimits: {
        loginEmail: { freeFailures: 5, firstWaitSeconds: 1, maxWaitSeconds: 900 },
        loginIp: { max: 30, windowSeconds: 900 },
        loginGlobal: { max: 300, windowSeconds: 60 },
        registerIp: { max: 10, windowSeconds: 3600 },
      },
      bootstrapToken: { print: false, file: './.data/bootstrap-admin-token' },
      mailDir: './.data/mail',
      wsAuthRecheckMs: 10_000,
    });
    const trust = (TRUST_PROXY: string) => loadConfig({ TRUST_PROXY }).trustProxy;
    expect([trust('true'), trust('false'), trust('2'), trust('loopback, 10.0.0.0/8,fd00::1')]).toEqual([
      true,
      false,
      2,
      'loopback, 10.0.0.0/8,fd00::1',
    ]);
    expect(() => trust('everyone')).toThrow(/TRUST_PROXY/);
    expect(() => trust('10.0.0.0/8,proxy.example')).toThrow(/TRUST_PROXY/);
  });
});
