"""Tests of the steering-committee pack renderer."""
