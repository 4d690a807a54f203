"""CI installs PostgreSQL's server when its binaries are missing (`.ci/install-postgres`,
called by `.ci/run` before `make test`), and leaves a machine that has them alone. Driven
with a stand-in apt-get on the PATH: the real one is never called by a test."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "install-postgres"

APT_GET = """#!/bin/bash
echo "apt-get $*" >> "{log}"
if [ "$1" = install ]; then /bin/mkdir -p "{root}/15/bin" && printf '#!/bin/sh\\n' > "{root}/15/bin/initdb" && /bin/chmod +x "{root}/15/bin/initdb"; fi
"""


def run(tmp_path: Path, *, apt_installs: bool = True, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The script with only stand-ins on the PATH (an apt-get that logs, a sudo that runs)."""
    bin_dir, root, log = tmp_path / "bin", tmp_path / "pg", tmp_path / "apt.log"
    bin_dir.mkdir(exist_ok=True)
    apt = bin_dir / "apt-get"
    apt.write_text(APT_GET.format(log=log, root=root if apt_installs else tmp_path / "elsewhere"))
    (bin_dir / "sudo").write_text('#!/bin/bash\nexec "$@"\n')
    for tool in (apt, bin_dir / "sudo"):
        tool.chmod(0o755)
    done = subprocess.run(["/bin/bash", str(SCRIPT)], capture_output=True, text=True, timeout=60, check=False,
                          env={"PATH": str(bin_dir), "COACH_PG_DEBIAN_ROOT": str(root), **env})
    return done, log.read_text().splitlines() if log.exists() else []


def test_ci_run_installs_postgresql_before_make_test():
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    install = next(i for i, line in enumerate(lines) if line.startswith(".ci/install-postgres"))
    assert install < lines.index("make test")
    assert os.access(SCRIPT, os.X_OK)


def test_missing_binaries_are_installed_from_the_debian_package_after_an_update(tmp_path: Path):
    done, apt = run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert apt == ["apt-get update -q", "apt-get install -y -q --no-install-recommends postgresql"]
    assert "installed" in done.stdout


def test_present_binaries_are_left_alone(tmp_path: Path):
    (tmp_path / "pg" / "16" / "bin").mkdir(parents=True)
    initdb = tmp_path / "pg" / "16" / "bin" / "initdb"
    initdb.write_text("#!/bin/sh\n")
    initdb.chmod(0o755)
    done, apt = run(tmp_path)
    assert done.returncode == 0 and apt == [] and "present" in done.stdout


def test_an_install_that_brings_no_initdb_fails_ci_with_the_reason(tmp_path: Path):
    done, apt = run(tmp_path, apt_installs=False)
    assert done.returncode == 1 and len(apt) == 2
    assert "no initdb was found" in done.stderr
