"""Deploying: the Dockerfile and compose.yaml, checked without a Docker engine (none here or
in CI). The Dockerfile: its COPY sources exist and get past .dockerignore, they are enough
to build Coach's wheel, the runtime stage is slim, unprivileged, keeps COACH_DATA_DIR as a
volume and runs `coach run`. compose.yaml: Coach and PostgreSQL wired to each other."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Instruction:
    name: str
    args: str


def dockerfile_stages() -> list[list[Instruction]]:
    """The Dockerfile as stages of instructions (continuation lines joined, comments dropped)."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    stages: list[list[Instruction]] = [[]]  # stage 0: the ARGs before the first FROM
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, args = line.strip().partition(" ")
        if name.upper() == "FROM":
            stages.append([])
        stages[-1].append(Instruction(name.upper(), args.strip()))
    return stages


def args_of(stage: list[Instruction], name: str) -> list[str]:
    return [i.args for i in stage if i.name == name]


def env_of(stage: list[Instruction]) -> dict[str, str]:
    return dict(pair.split("=", 1) for args in args_of(stage, "ENV") for pair in shlex.split(args))


def copy_sources() -> list[str]:
    sources = []
    for stage in dockerfile_stages():
        for args in args_of(stage, "COPY"):
            words = [w for w in shlex.split(args) if not w.startswith("--")]
            if "--from" not in args:
                sources += words[:-1]
    return sources


def test_every_copy_source_exists_and_gets_past_dockerignore():
    allowed = {line[1:].rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.startswith("!")}
    sources = copy_sources()
    assert {"pyproject.toml", "bot", "adapters", "advice"} <= {s.rstrip("/") for s in sources}
    for source in sources:
        assert (ROOT / source).exists(), f"COPY {source}: no such file in the repository"
        assert source.rstrip("/") in allowed, f"COPY {source}: .dockerignore leaves it out of the build context"


def test_the_copied_sources_are_enough_to_build_coach_with_its_command_and_advice(tmp_path: Path):
    context = tmp_path / "context"
    for source in copy_sources():
        origin = ROOT / source
        if origin.is_dir():
            shutil.copytree(origin, context / source, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            context.mkdir(exist_ok=True)
            shutil.copy(origin, context / source)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(context), "--no-deps", "--no-build-isolation",
                           "-q", "-w", str(tmp_path / "wheels")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = (tmp_path / "wheels").glob("coach-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "coach = adapters.cli:console" in entry_points  # what CMD ["coach", "run"] runs (the group, through console)
    assert "advice/core/" in " ".join(names)
    assert "Provides-Extra: postgres" in metadata  # the extra the image installs


def test_the_runtime_stage_is_slim_unprivileged_and_keeps_its_data_in_a_volume():
    stages = dockerfile_stages()
    defaults = dict(a.split("=", 1) for a in args_of(stages[0], "ARG"))
    runtime = stages[-1]
    base = args_of(runtime, "FROM")[0].replace("${PYTHON_VERSION}", defaults["PYTHON_VERSION"])
    assert re.fullmatch(r"python:3\.1[1-9]-slim", base), base
    runs = " ".join(args_of(runtime, "RUN"))
    assert "pip install" not in runs and "apt-get" not in runs  # nothing built or fetched here
    assert args_of(runtime, "COPY") == ["--from=build /opt/coach /opt/coach"]  # the built environment only
    (user,) = args_of(runtime, "USER")
    assert user.split(":")[0] not in ("root", "0")
    assert re.search(rf"--uid {user.split(':')[0]}\b", runs)  # the user exists, and owns the data folder
    data_dir = env_of(runtime)["COACH_DATA_DIR"]
    assert f"chown coach:coach {data_dir}" in runs
    assert data_dir in yaml.safe_load(args_of(runtime, "VOLUME")[0])
    assert yaml.safe_load(args_of(runtime, "CMD")[0]) == ["coach", "run"]
    assert args_of(runtime, "EXPOSE") == [env_of(runtime)["SLACK_PORT"]]


def test_the_build_stage_installs_the_postgres_extra_from_wheels_and_drops_pip():
    build = dockerfile_stages()[1]
    (install,) = [a for a in args_of(build, "RUN") if "pip install" in a]
    assert '".[postgres]"' in install and "--only-binary=:all:" in install and "pip uninstall --yes pip" in install


# -- compose.yaml ------------------------------------------------------------------------

INTERPOLATION = re.compile(r"\$\{(\w+)(?::([?-])([^}]*))?\}")


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error} (enough for this file)."""
    def one(match: re.Match[str]) -> str:
        name, kind, word = match.groups()
        if env.get(name):
            return env[name]
        if kind == "?":
            raise ValueError(f"{name}: {word}")
        return word or ""
    return INTERPOLATION.sub(one, value)


@pytest.fixture
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_coach_reaches_the_postgres_service_with_its_user_database_and_password(compose: dict):
    services = compose["services"]
    database = services["postgres"]["environment"]
    env = {"POSTGRES_PASSWORD": "s3cret"}
    for name in ("coach", "coach-discord"):
        url = urlsplit(interpolate(services[name]["environment"]["COACH_DATABASE_URL"], env))
        assert url.scheme == "postgresql" and url.hostname == "postgres" and url.port == 5432
        assert url.username == database["POSTGRES_USER"] and url.path == "/" + database["POSTGRES_DB"]
        assert url.password == interpolate(database["POSTGRES_PASSWORD"], env) == "s3cret"
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert services[name]["build"]["context"] == "." and services[name]["build"]["dockerfile"] == "Dockerfile"
    with pytest.raises(ValueError, match="POSTGRES_PASSWORD"):  # no password, no start
        interpolate(database["POSTGRES_PASSWORD"], {})


def test_every_variable_compose_needs_is_described_in_env_example():
    needed = set(INTERPOLATION.findall((ROOT / "compose.yaml").read_text()))
    example = (ROOT / ".env.example").read_text()
    assert "POSTGRES_PASSWORD" in {name for name, _, _ in needed}
    assert all(re.search(rf"^# {name}=", example, re.M) for name, _, _ in needed)


def test_healthchecks_ask_postgresql_and_coach_s_own_health_endpoint(compose: dict):
    postgres, coach = compose["services"]["postgres"], compose["services"]["coach"]
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    port = coach["environment"]["SLACK_PORT"]
    assert f"http://127.0.0.1:{port}/healthz" in " ".join(coach["healthcheck"]["test"])
    assert coach["environment"]["SLACK_APP_TOKEN"] == ""  # HTTP mode: Socket Mode has no /healthz
    assert coach["environment"]["COACH_PLATFORM"] == "slack"
    assert [p.split(":")[-1] for p in coach["ports"]] == [port]


def test_data_lives_in_named_volumes_mounted_where_each_program_keeps_it(compose: dict):
    runtime_env = env_of(dockerfile_stages()[-1])
    declared = set(compose["volumes"])
    mounts = {name: dict(reversed(m.split(":")[:2]) for m in service["volumes"])
              for name, service in compose["services"].items()}
    assert mounts["coach"][runtime_env["COACH_DATA_DIR"]] == "coach-data"
    assert mounts["coach-discord"] == mounts["coach"]  # one team memory, whichever platform
    assert mounts["postgres"]["/var/lib/postgresql/data"] == "postgres-data"
    assert {volume for m in mounts.values() for volume in m.values()} == declared
