from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def safety(request):
    return render(request, "guidance/safety.html")


@require_safe
def about(request):
    return render(request, "guidance/about.html")
