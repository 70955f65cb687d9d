package org.briefdesk.tradecraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting an administrator chose in the application, and who chose it when. */
@Entity
@Table(name = "app_setting")
class AppSetting {

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @SuppressWarnings("NullAway.Init")
    protected AppSetting() {}

    AppSetting(String name, String value, String updatedBy, Instant updatedAt) {
        this.name = name;
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    void change(String value, String updatedBy, Instant updatedAt) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    String value() {
        return value;
    }
}
