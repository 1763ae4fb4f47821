from django.urls import path

from services import views

urlpatterns = [
    path("", views.find_service, name="find-service"),
    path("services/<slug:slug>/", views.service_detail, name="service-detail"),
    path("services/<slug:slug>/correct/", views.suggest_correction, name="suggest-correction"),
    # Neutral addresses: nothing in them says what kind of service the card is for.
    path("card/<int:pk>/", views.show_number, name="show-number"),
    path("card/<int:pk>/print/", views.print_card, name="print-card"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-detail"),
]
