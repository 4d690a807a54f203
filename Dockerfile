# Coach in a container. `docker compose up` (compose.yaml) runs it beside PostgreSQL;
# alone: docker build -t coach . && docker run --env-file .env -v coach-data:/data coach
#
# Two stages: the first installs Coach and its dependencies (wheels only: no compiler is
# needed) into a virtual environment; the second is the slim runtime that gets only that
# environment, with no pip, no build tools, no source tree, and runs as an unprivileged user.
ARG PYTHON_VERSION=3.11

FROM python:${PYTHON_VERSION}-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/coach
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY adapters ./adapters
COPY advice ./advice
# The `postgres` extra: psycopg 3 and its pool, for COACH_DATABASE_URL=postgresql://...
RUN /opt/coach/bin/pip install --only-binary=:all: ".[postgres]" \
    && /opt/coach/bin/pip uninstall --yes pip

FROM python:${PYTHON_VERSION}-slim
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/coach --shell /usr/sbin/nologin coach \
    && mkdir /data && chown coach:coach /data
COPY --from=build /opt/coach /opt/coach
ENV PATH=/opt/coach/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    COACH_DATA_DIR=/data \
    SLACK_PORT=3000
USER 10001:10001
WORKDIR /home/coach
# Team memory (the SQLite file coach.db while COACH_DATABASE_URL is unset) and admins' advice layers.
VOLUME ["/data"]
# Slack's HTTP mode: the Request URL (POST /slack/events) and GET /healthz.
EXPOSE 3000
CMD ["coach", "run"]
