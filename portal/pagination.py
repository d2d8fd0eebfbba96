"""One pagination rule for every list: a bad page number is a 404, never a 500."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, object_list, per_page, param="page"):
    """Return the requested ``Page`` of ``object_list``.

    A missing parameter means page 1; ``?page=abc``, ``?page=-1`` or a page past the end
    raise ``Http404`` (the friendly 404 page) rather than an error.
    """
    paginator = Paginator(object_list, per_page)
    raw = request.GET.get(param) or "1"
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404(_("This page number does not exist.")) from exc
