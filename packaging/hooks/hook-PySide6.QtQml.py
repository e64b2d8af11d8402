# Replaces PyInstaller's hook for PySide6.QtQml, which copies every QML module Qt ships
# (Quick 3D, charts, multimedia, ...: some 300 MB with what they link). The app has no
# QML: QtWebEngine's widget draws through a QQuickWidget from C++ and needs the Qt
# libraries, not the QML imports. The web capture of the built app is tested
# (packaging/test-deb.sh).
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
