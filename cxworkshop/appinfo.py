"""Who the application is: names, version, desktop id and the workshop file's identity."""

from __future__ import annotations

APP_NAME = "CX Workshop"
ORGANISATION = "CX Workshop"
ORGANISATION_DOMAIN = "cxworkshop.app"
DESKTOP_ID = "app.cxworkshop.CXWorkshop"
VERSION = "0.1.0"
EXECUTABLE = "cxworkshop"

FILE_EXTENSION = ".cxw"
MIME_TYPE = "application/x-cxworkshop"

# Written at byte 68 of every workshop file so that another application's SQLite
# database is never mistaken for a workshop. 0x43585753 is "CXWS" in ASCII.
APPLICATION_ID = 0x43585753

# The schema version this build writes into user_version. Files with a higher
# number come from a newer CX Workshop and are never modified.
SCHEMA_VERSION = 3
