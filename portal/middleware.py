"""Security headers that Django does not set itself.

The public site gets a strict Content-Security-Policy (every asset comes from the portal;
no inline script). The Wagtail admin is left to Wagtail's own needs.
"""

from django.conf import settings

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


def build_csp():
    img_src = " ".join(["'self'", "data:", *getattr(settings, "CSP_EXTRA_IMG_SRC", [])])
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {img_src}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = build_csp()
        self.admin_prefixes = ("/admin/", "/documents/")

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(self.admin_prefixes) and not getattr(
            request, "is_preview", False
        ):
            response.setdefault("Content-Security-Policy", self.csp)
        return response
