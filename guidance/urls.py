from django.urls import path

from guidance import views

urlpatterns = [
    path("safety/", views.safety, name="safety"),
    path("about/", views.about, name="about"),
    path("guidance/", views.guidance_list, name="guidance-list"),
    path("guidance/glossary/", views.glossary, name="glossary"),
    path("guidance/phrasebook/", views.phrasebook, name="phrasebook"),
    path("guidance/<slug:slug>/", views.guidance_page, name="guidance-page"),
]
