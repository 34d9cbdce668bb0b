# odoo-sync-hub: build stage (dev dependencies, tsc) and runtime stage (production
# dependencies and the compiled dist/ only, as the unprivileged `node` user).
#   docker build -t odoo-sync-hub .
#   docker run -e DATABASE_URL=postgres://… -p 4000:4000 odoo-sync-hub --role api
# See docs/deploy.md.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here (they come next,
# so a source change does not reinstall the dependencies).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY tools ./tools
COPY bench ./bench
COPY console ./console
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; no scripts (no sources here for `prepare` to build).
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
    && npm cache clean --force \
    && mkdir -p /app/.data \
    && chown node:node /app/.data
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/migrations ./dist/migrations
COPY --from=build /app/dist/console ./dist/console
COPY bin ./bin
USER node
EXPOSE 4000
# /readyz: database reachable, migrations applied, event listener (and on a worker the job runner) up.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "dist/src/main.js"]
CMD ["--role", "all"]
