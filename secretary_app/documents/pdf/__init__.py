"""The PDF renderer: reportlab platypus, with a fast line breaker for long body paragraphs."""
