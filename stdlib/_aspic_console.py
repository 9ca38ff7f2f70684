"""The plain REPL: `aspic` on a terminal, and `aspic -i script.py` after the script."""

import sys
import code


def main(namespace, banner=True):
    sys.ps1 = getattr(sys, 'ps1', '>>> ')
    sys.ps2 = getattr(sys, 'ps2', '... ')
    console = code.InteractiveConsole(namespace, filename="<stdin>")
    if banner:
        text = ('Python %s on %s\n'
                'Type "help", "copyright", "credits" or "license" for more information.'
                % (sys.version, sys.platform))
    else:
        text = ''
    console.interact(banner=text, exitmsg='')
