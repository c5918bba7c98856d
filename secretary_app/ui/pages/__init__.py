"""The pages of the meeting editor, one per step of the secretary's work."""
