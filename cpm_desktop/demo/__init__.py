"""The embedded demo portfolio, so a new workspace shows real client work at once."""

from cpm_desktop.demo.portfolio import DEMO_PROJECT_CODE, build_demo_portfolio

__all__ = ["DEMO_PROJECT_CODE", "build_demo_portfolio"]
