"""The desktop workbench (PySide6). The only package that imports Qt.

app.py starts it; main_window.py holds the shell; views/ has one module per page (found by
name, so adding a page is adding a module); models wrap the store in Qt item models; tasks.py
runs short background work on QThreadPool so the window never freezes.
"""
