"""Outlet profiles: one TOML file per outlet shape (the built-in ones sit beside this module), loaded and checked once.

A user supports a new source by writing a profile into a folder of their own (``newsprep run --profiles DIR``): its
profiles are read after the built-in ones, and one with the name of a built-in profile replaces it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from newsprep.clean.profiles.schema import CaptionRule, FurnitureRule, Profile, ProfileError, read_profile

__all__ = [
    "BUILTIN_DIR",
    "CaptionRule",
    "FurnitureRule",
    "Profile",
    "ProfileError",
    "builtin_profiles",
    "load_profiles",
    "profiles_digest",
    "read_folder",
]

BUILTIN_DIR = Path(__file__).parent


def read_folder(folder: Path) -> tuple[Profile, ...]:
    """Every ``*.toml`` profile in one folder, by file name; two files of one name are refused."""
    if not folder.is_dir():
        raise ProfileError(f"outlet profiles folder {folder}: not a folder")
    profiles: list[Profile] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        profile = read_profile(path)
        if profile.name in seen:
            raise ProfileError(
                f"outlet profile {path}: name: '{profile.name}' is also the name in {seen[profile.name]}"
            )
        seen[profile.name] = path
        profiles.append(profile)
    return tuple(profiles)


@lru_cache(maxsize=1)
def builtin_profiles() -> tuple[Profile, ...]:
    """The profiles shipped with newsprep (NPR, AP, Reuters, The Guardian, BBC News, The New York Times, CNN)."""
    return read_folder(BUILTIN_DIR)


@lru_cache(maxsize=8)
def load_profiles(user_dir: Path | None = None) -> tuple[Profile, ...]:
    """The built-in profiles, then a user folder's: a user profile with a built-in profile's name replaces it."""
    profiles = {p.name: p for p in builtin_profiles()}
    if user_dir is not None:
        for profile in read_folder(user_dir):
            profiles.pop(profile.name, None)
            profiles[profile.name] = profile
    return tuple(profiles.values())


@lru_cache(maxsize=8)
def profiles_digest(user_dir: Path | None = None) -> str:
    """What the cleaner's output depends on in the profiles it reads (``load_profiles(user_dir)``): their names and
    file bytes, in order. Read once per process and folder, as the profiles are."""
    digest = hashlib.sha256()
    for profile in load_profiles(user_dir):
        digest.update(f"{profile.name}\0{profile.digest}\0".encode())
    return digest.hexdigest()[:16]
