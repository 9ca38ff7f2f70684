"""A minimal mimetypes: guess_type/guess_extension from a built-in table."""

__all__ = ['guess_type', 'guess_extension', 'guess_all_extensions', 'add_type', 'types_map',
           'encodings_map', 'suffix_map', 'init', 'inited']

inited = True

suffix_map = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
              '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}

encodings_map = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}

types_map = {
    '.html': 'text/html',
    '.htm': 'text/html',
    '.txt': 'text/plain',
    '.json': 'application/json',
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.py': 'text/x-python',
    '.csv': 'text/csv',
    '.xml': 'application/xml',
    '.zip': 'application/zip',
    '.svg': 'image/svg+xml',
    '.ico': 'image/vnd.microsoft.icon',
    '.mp3': 'audio/mpeg',
    '.mp4': 'video/mp4',
    '.wasm': 'application/wasm',
    '.bin': 'application/octet-stream',
    '.tar': 'application/x-tar',
    '.md': 'text/markdown',
    '.c': 'text/x-csrc',
    '.h': 'text/x-chdr',
    '.sh': 'text/x-sh',
    '.webp': 'image/webp',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.ttf': 'font/ttf',
    '.wav': 'audio/x-wav',
    '.ogg': 'audio/ogg',
    '.webm': 'video/webm',
    '.avi': 'video/x-msvideo',
    '.mov': 'video/quicktime',
    '.doc': 'application/msword',
    '.xls': 'application/vnd.ms-excel',
    '.ppt': 'application/vnd.ms-powerpoint',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    '.rtf': 'application/rtf',
    '.tsv': 'text/tab-separated-values',
    '.rst': 'text/prs.fallenstein.rst',
    '.bmp': 'image/bmp',
    '.tif': 'image/tiff',
    '.tiff': 'image/tiff',
    '.exe': 'application/x-msdos-program',
    '.so': 'application/octet-stream',
    '.o': 'application/x-object',
    '.ps': 'application/postscript',
    '.eps': 'application/postscript',
    '.tex': 'text/x-tex',
    '.diff': 'text/x-diff',
    '.patch': 'text/x-diff',
    '.xhtml': 'application/xhtml+xml',
    '.rss': 'application/x-rss+xml',
    '.atom': 'application/atom+xml',
    '.jar': 'application/java-archive',
    '.7z': 'application/x-7z-compressed',
    '.rar': 'application/vnd.rar',
    '.epub': 'application/epub+zip',
    '.otf': 'font/otf',
    '.flac': 'audio/flac',
    '.m4a': 'audio/mp4',
    '.aac': 'audio/aac',
    '.mpg': 'video/mpeg',
    '.mpeg': 'video/mpeg',
    '.jsonld': 'application/ld+json',
    '.ics': 'text/calendar',
    '.vcf': 'text/vcard',
    '.sql': 'application/sql',
    '.pl': 'text/x-perl',
    '.rb': 'application/x-ruby',
    '.java': 'text/x-java',
    '.cpp': 'text/x-c++src',
    '.hpp': 'text/x-c++hdr',
    '.pyc': 'application/x-python-code',
    '.ksh': 'text/plain',
    '.bat': 'application/x-msdos-program',
    '.dll': 'application/x-msdos-program',
    '.jpe': 'image/jpeg',
    '.svgz': 'image/svg+xml',
    '.text': 'text/plain',
    '.eml': 'message/rfc822',
    '.mht': 'message/rfc822',
    '.nws': 'message/rfc822',
    '.pem': 'application/pem-certificate-chain',
    '.crt': 'application/x-x509-ca-cert',
    '.p12': 'application/pkcs12',
    '.pfx': 'application/pkcs12',
    '.ogv': 'video/ogg',
    '.oga': 'audio/ogg',
    '.opus': 'audio/ogg',
    '.m3u': 'audio/mpegurl',
    '.m3u8': 'application/vnd.apple.mpegurl',
    '.mkv': 'video/x-matroska',
    '.flv': 'video/x-flv',
    '.3gp': 'audio/3gpp',
    '.heic': 'image/heic',
    '.avif': 'image/avif',
    '.wmv': 'video/x-ms-wmv',
    '.wma': 'audio/x-ms-wma',
}


def init(files=None):
    pass


def add_type(type, ext, strict=True):
    types_map[ext] = type


def _splitext(path):
    slash = path.rfind('/')
    dot = path.rfind('.')
    if dot <= slash + 1:
        return path, ''
    head = path[slash + 1:dot]
    if not head.strip('.'):
        return path, ''
    return path[:dot], path[dot:]


def guess_type(url, strict=True):
    """Guess (type, encoding) of a file name or URL from its extension."""
    if hasattr(url, '__fspath__'):
        url = url.__fspath__()
    scheme_end = url.find(':')
    if scheme_end > 1 and url[:scheme_end].isalpha():
        scheme = url[:scheme_end].lower()
        if scheme == 'data':
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            t = url[5:semi if semi >= 0 else comma]
            if '=' in t or '/' not in t:
                t = 'text/plain'
            return t, None
        url = url[scheme_end + 1:]
        for sep in '?#':
            url = url.split(sep, 1)[0]
    base, ext = _splitext(url)
    while ext.lower() in suffix_map:
        base, ext = _splitext(base + suffix_map[ext.lower()])
    if ext in encodings_map:
        encoding = encodings_map[ext]
        base, ext = _splitext(base)
    else:
        encoding = None
    if ext in types_map:
        return types_map[ext], encoding
    if ext.lower() in types_map:
        return types_map[ext.lower()], encoding
    return None, encoding


def guess_all_extensions(type, strict=True):
    type = type.lower()
    return [e for e, t in types_map.items() if t == type]


def guess_extension(type, strict=True):
    exts = guess_all_extensions(type, strict)
    return exts[0] if exts else None
