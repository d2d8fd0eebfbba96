"""Action formats: replicable formats of local action (café-échanges, cercle d'écoute…).

``models`` holds the pages (app label ``guides``, imported by ``guides.models``), ``blocks``
their StreamField blocks and ``facets`` the faceted filters of the format index.
"""
