from django.urls import path

from guidance import views

urlpatterns = [
    path("safety/", views.safety, name="safety"),
    path("about/", views.about, name="about"),
]
