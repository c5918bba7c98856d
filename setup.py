"""The wheel's packages: secretary_app with its subpackages, and the top-level resources/ folder
(fonts, icons, translations, samples) shipped as the data of secretary_app.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["secretary_app", "secretary_app.*"]),
              "secretary_app.resources"],
    package_dir={"secretary_app.resources": "resources"},
    package_data={"secretary_app.resources": ["**/*"]},
    # translation sources and their tooling stay in the checkout; the app loads the .qm files
    exclude_package_data={"secretary_app.resources": ["translations/*.ts", "translations/*.py",
                                                      "translations/*.json"]},
)
