from django.urls import path

from services import views

urlpatterns = [
    path("", views.find_service, name="find-service"),
    path("services/<slug:slug>/", views.service_detail, name="service-detail"),
]
