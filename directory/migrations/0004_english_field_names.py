"""Model fields in English (issue 9): the data·inclusion names now live in
``directory.datainclusion``. Renames only, so the data is kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_search_text_trigram_index")]

    operations = [
        migrations.RenameField("organisationpage", "adresse", "address"),
        migrations.RenameField("organisationpage", "complement_adresse", "address_extra"),
        migrations.RenameField("organisationpage", "code_postal", "postcode"),
        migrations.RenameField("organisationpage", "code_insee", "insee_code"),
        migrations.RenameField("organisationpage", "commune", "city"),
        migrations.RenameField("organisationpage", "commune_key", "city_key"),
        migrations.RenameField("organisationpage", "telephone", "phone"),
        migrations.RenameField("organisationpage", "courriel", "email"),
        migrations.RenameField("organisationpage", "site_web", "website"),
        migrations.RenameField("organisationpage", "horaires_accueil", "opening_hours"),
        migrations.RenameField("organisationpage", "horaires_commentaire", "hours_comment"),
        migrations.RenameField("organisationpage", "accessibilite_lieu", "acceslibre_url"),
        migrations.RenameField("organisationpage", "lien_source", "source_url"),
        migrations.RenameField("service", "nom", "name"),
        migrations.RenameField("service", "type", "service_type"),
        migrations.RenameField("service", "thematiques", "themes"),
        migrations.RenameField("service", "publics", "audiences"),
        migrations.RenameField("service", "frais", "fees"),
        migrations.RenameField("service", "frais_precisions", "fees_details"),
        migrations.RenameField("service", "modes_accueil", "reception_modes"),
        migrations.RenameField("service", "conditions_acces", "access_conditions"),
        migrations.RenameField("service", "mobilisation_precisions", "how_to_access"),
        migrations.RenameField("service", "horaires_accueil", "opening_hours"),
        migrations.RenameField("temporarynotice", "horaires_accueil", "opening_hours"),
    ]
