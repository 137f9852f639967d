"""Builds pith's Python module for pip: setuptools asks CMake (the project's one build) for the
target _pith and puts it into the package. Metadata is in pyproject.toml."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def project_version() -> str:
    """The version CMakeLists.txt declares, so the package and the program never differ."""
    match = re.search(r"project\(pith VERSION ([0-9.]+)", (ROOT / "CMakeLists.txt").read_text())
    if not match:
        raise RuntimeError("no 'project(pith VERSION x.y.z' in CMakeLists.txt")
    return match.group(1)


class CMakeBuild(build_ext):
    """Configures and builds with CMake in the build folder, then copies the module out.
    CMAKE_BUILD_PARALLEL_LEVEL sets the build's jobs (default: one per core)."""

    def build_extension(self, ext: Extension) -> None:
        build_dir = Path(self.build_temp).resolve() / "cmake"
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release", "-DPITH_PYTHON=ON", "-DPITH_BUILD_TESTS=OFF",
            f"-DPython_EXECUTABLE={sys.executable}",
        ]
        if shutil.which("ninja") and not (build_dir / "CMakeCache.txt").exists():
            configure += ["-G", "Ninja"]
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "_pith", "--parallel", jobs], check=True)
        built = sorted((build_dir / "python" / "pith").glob("_pith*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one _pith module in {build_dir}/python/pith, found {built}")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    version=project_version(),
    ext_modules=[Extension("pith._pith", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # Beside CMake's build/ folders, not inside the one the README's commands use.
    options={"build": {"build_base": "build-python"}, "egg_info": {"egg_base": "build-python"}},
)
