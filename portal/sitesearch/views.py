from django.http import HttpResponse


def search(request):
    return HttpResponse("search: not built yet", status=501)
